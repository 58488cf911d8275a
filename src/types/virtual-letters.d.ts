declare module 'virtual:letters' {
  /** Everything under letters/, parsed and checked when the extension is built. */
  const library: import('../shared/letter.ts').LetterLibrary;
  export default library;
}
