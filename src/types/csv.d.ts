/** CSV files imported as their text (webpack's asset/source; test/support/textFileTransform.js in jest). */
declare module "*.csv" {
  const text: string;
  export default text;
}
