// Formatted print mistakes: too few arguments and an unknown named argument.
fn describe(name: &str, age: u32, height_cm: f64) {
    println!("{} is {} years old", name, age);
    println!("{name} is {height_cm:.1} cm tall");
    // mistake 1: three placeholders, two arguments
    println!("{} / {} / {}", name, age);
}

fn table(rows: &[(u32, f64)]) {
    for (i, row) in rows.iter().enumerate() {
        println!("{:>3}: {:>6} {:>8.2}", i, row.0, row.1);
    }
    // mistake 2: named argument that does not exist
    println!("{count} rows", cnt = rows.len());
}

fn main() {
    describe("Ada", 36, 165.4);
    let rows = [(1, 2.5), (2, 3.75), (3, 10.0)];
    table(&rows);
}
