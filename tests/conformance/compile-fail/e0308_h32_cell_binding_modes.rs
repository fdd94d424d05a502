#[derive(Debug)]
struct Cell {
    value: i32,
    tag: char,
}

fn bump(cells: &mut [Cell; 3]) {
    for c in cells.iter_mut() {
        let Cell { value, tag } = c;
        *value += 1;
        if *tag == 'x' {
            *tag = 'y';
        }
    }
}

fn inspect(c: &Cell) -> i32 {
    let &Cell { value, .. } = c;
    value
}

fn main() {
    let mut cells = [
        Cell { value: 1, tag: 'x' },
        Cell { value: 2, tag: 'z' },
        Cell { value: 3, tag: 'x' },
    ];
    bump(&mut cells);
    let total: i32 = inspect(&cells[0]) + inspect(&cells[2]);
    println!("{}", total);
    let pair = (&cells[0], 5);
    let (&Cell { tag, .. }, n) = pair;
    println!("{} {}", tag, n);
    let r = &cells[1];
    let Cell { value: v, tag: _ } = r;
    let w: i32 = v;
    println!("{}", w);
}
