export * from './report';
export * from './period';
export * from './suppression';
export * from './render-csv';
export * from './render-xlsx';
export * from './render-pdf';
export * from './report-files';
