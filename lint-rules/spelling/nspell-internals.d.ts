// nspell's affix parser is an internal module without types of its own.
declare module 'nspell/lib/util/affix.js' {
  const parseAffix: (aff: string | Uint8Array) => {rules: Record<string, unknown>; flags: Record<string, unknown>};
  export default parseAffix;
}
