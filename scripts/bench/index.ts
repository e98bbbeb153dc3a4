/** npm run bench: every benchmark, one after the other (numbers only, no assertions). */
await import('./fs-bench');
console.log('');
await import('./shell-bench');
console.log('');
await import('./engine-bench');
console.log('');
await import('./machine-bench');
export {};
