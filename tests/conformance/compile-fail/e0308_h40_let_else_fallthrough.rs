#[derive(Debug, Clone, Copy)]
enum Field {
    Int(i64),
    Text([u8; 4]),
    Missing,
}

fn as_int(f: Field) -> i64 {
    let Field::Int(n) = f else {
        println!("not an int: {:?}", f);
    };
    n
}

fn first_text(fields: &[Field]) -> [u8; 4] {
    let [Field::Text(t), ..] = fields else {
        [0; 4]
    };
    *t
}

fn count_ints(fields: &[Field]) -> usize {
    let mut n = 0;
    for f in fields {
        let Field::Int(_) = f else { continue };
        n += 1;
    }
    n
}

fn main() {
    let row = [Field::Int(7), Field::Text(*b"abcd"), Field::Missing];
    println!("{} {:?} {}", as_int(row[0]), first_text(&row[1..]), count_ints(&row));
}
