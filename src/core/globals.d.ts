// The few host globals the core relies on. Both Node and browsers provide them; declaring them
// here (instead of pulling in DOM or Node typings) keeps the core honest about what it uses.
interface TextDecoderOptions { fatal?: boolean; ignoreBOM?: boolean }
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  decode(input?: ArrayBufferView): string;
}
