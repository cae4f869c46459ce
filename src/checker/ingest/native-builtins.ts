// pdfjs-dist's legacy build installs core-js polyfills for the whole process when it is imported:
// on Node 20 it replaces JSON.stringify and JSON.parse (for JSON.rawJSON and parse-with-source,
// which Node 20 lacks) and Array.prototype.push (a spec corner about non-writable lengths) with
// JavaScript versions. Every response the server serialises and every array pushed to anywhere
// then runs through them: the JSON.stringify one walks its whole output character by character,
// several times slower than the native one. pdf.ts imports this module before pdfjs-dist (module
// evaluation follows import order), so the natives are captured here, and puts them back right
// after; pdfjs needs none of the three polyfills.

const NATIVE = {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
};

/** Puts back the native JSON.stringify, JSON.parse and Array.prototype.push. */
export function restoreNativeBuiltins(): void {
  if (JSON.stringify !== NATIVE.stringify) JSON.stringify = NATIVE.stringify;
  if (JSON.parse !== NATIVE.parse) JSON.parse = NATIVE.parse;
  if (Array.prototype.push !== NATIVE.push) {
    Object.defineProperty(Array.prototype, 'push', {
      value: NATIVE.push,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
}
