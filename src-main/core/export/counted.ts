/** `1 theme`, `7 themes`: counts in the reports' sentences. The nouns used here all take an `s`. */
export function counted(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
