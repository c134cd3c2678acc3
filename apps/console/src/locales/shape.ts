/** The English twin of a Japanese text tree: the same keys, any strings (the compiler checks). */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
