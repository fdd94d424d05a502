// A CSV parser handling quoted fields, escaped quotes and embedded newlines.
#[derive(Debug, PartialEq)]
pub enum CsvError {
    UnterminatedQuote { line: usize },
    UnexpectedQuote { line: usize, col: usize },
}

enum State {
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted,
}

pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, CsvError> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut state = State::FieldStart;
    let (mut line, mut col) = (1, 0);
    for c in text.chars() {
        col += 1;
        state = match (state, c) {
            (State::FieldStart, '"') => State::Quoted,
            (State::FieldStart | State::Unquoted | State::QuoteInQuoted, ',') => {
                row.push(std::mem::take(&mut field));
                State::FieldStart
            }
            (State::FieldStart | State::Unquoted | State::QuoteInQuoted, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                line += 1;
                col = 0;
                State::FieldStart
            }
            (State::Unquoted, '"') => return Err(CsvError::UnexpectedQuote { line, col }),
            (State::FieldStart | State::Unquoted, ch) => {
                field.push(ch);
                State::Unquoted
            }
            (State::Quoted, '"') => State::QuoteInQuoted,
            (State::Quoted, ch) => {
                if ch == '\n' {
                    line += 1;
                    col = 0;
                }
                field.push(ch);
                State::Quoted
            }
            (State::QuoteInQuoted, '"') => {
                field.push('"');
                State::Quoted
            }
            (State::QuoteInQuoted, _) => return Err(CsvError::UnexpectedQuote { line, col }),
        };
    }
    match state {
        State::Quoted => Err(CsvError::UnterminatedQuote { line }),
        _ => {
            if !field.is_empty() || !row.is_empty() {
                row.push(field);
                rows.push(row);
            }
            Ok(rows)
        }
    }
}

fn main() {
    let data = "name,quote,n\nann,\"said \"\"hi\"\"\",1\nbob,\"multi\nline\",2\n";
    match parse_csv(data) {
        Ok(rows) => {
            for r in rows {
                println!("{r:?}");
            }
        }
        Err(e) => println!("{e:?}"),
    }
    println!("{:?}", parse_csv("a,\"b"));
    println!("{:?}", parse_csv("a,b\"c"));
}
