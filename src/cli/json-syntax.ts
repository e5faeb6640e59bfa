import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Where a text stops being JSON, as "line 3, column 14: <what>". JSON.parse says where only sometimes and
 * quotes the text when it does not; jsonc-parser's scanner (comments and trailing commas disallowed, as
 * in JSON) gives an offset and a code, and we quote nothing of the text.
 */
export function jsonSyntaxProblem(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return 'the JSON parser rejected it';
  const { line, column } = lineAndColumn(text, first.offset);
  return `line ${line}, column ${column}: ${describe(printParseErrorCode(first.error))}`;
}

const DESCRIPTIONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a comma or }',
  CloseBracketExpected: 'expected a comma or ]',
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'a control character inside a string (write it escaped, like \\n)',
};

function describe(code: string): string {
  return DESCRIPTIONS[code] ?? code;
}

/** 1-based line and column (in characters) of a string offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
