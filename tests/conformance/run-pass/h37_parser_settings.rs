// A CSV-ish parser configured by char and float constants. rustc evaluates
// comparisons of known chars and floats, so the branches they rule out are
// never linted.
const SEPARATOR: char = ';';
const QUOTE: char = '"';
const SAMPLE_RATE: f64 = 0.5;
const FIELDS: usize = 3;

struct Row {
    fields: [i32; FIELDS],
}

fn first_field(row: &Row) -> i32 {
    if SEPARATOR == ',' {
        return row.fields[FIELDS];
    }
    row.fields[0]
}

fn quoted(row: &Row) -> i32 {
    let quote = QUOTE;
    if quote != '"' {
        return row.fields[FIELDS + 2] / 0;
    }
    row.fields[1]
}

fn sampled(row: &Row) -> i32 {
    if SAMPLE_RATE > 1.0 {
        return row.fields[7];
    }
    let keep_all = SAMPLE_RATE >= 0.99;
    if keep_all {
        return row.fields[8];
    }
    row.fields[2]
}

fn delimiter_width(row: &Row) -> i32 {
    if SEPARATOR.is_whitespace() {
        return 0;
    }
    if SEPARATOR < ' ' || SAMPLE_RATE < 0.0 {
        return row.fields[9];
    }
    row.fields[0] + row.fields[1]
}

fn main() {
    let row = Row { fields: [4, 5, 6] };
    println!("{}", first_field(&row));
    println!("{}", quoted(&row));
    println!("{}", sampled(&row));
    println!("{}", delimiter_width(&row));
}
