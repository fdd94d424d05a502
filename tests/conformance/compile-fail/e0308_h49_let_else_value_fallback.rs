// A `let ... else` whose else block yields a default instead of diverging.
#[derive(Debug, Clone, Copy)]
enum Field {
    Num(i64),
    Text(&'static str),
    Empty,
}

fn as_number(f: Field) -> i64 {
    let Field::Num(n) = f else { 0 };
    n
}

fn label_len(f: Field) -> usize {
    let Field::Text(s) = f else {
        println!("not text: {:?}", f);
    };
    s.len()
}

fn main() {
    let row = [Field::Num(12), Field::Text("north"), Field::Empty];
    let mut total = 0;
    for f in row {
        total += as_number(f);
        println!("{}", label_len(f));
    }
    println!("total {total}");
}
