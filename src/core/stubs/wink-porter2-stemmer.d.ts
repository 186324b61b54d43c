// wink-porter2-stemmer ships no typings: it exports one function from word to Porter2 stem.
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string;
}
