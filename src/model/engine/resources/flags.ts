/** How solid a number is, with the letters of src/model/vm/parameters (which sits above the engine). */
export type Flag = 'M' | 'D' | 'I' | 'C' | 'E';
