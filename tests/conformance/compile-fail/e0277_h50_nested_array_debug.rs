#[derive(Clone, Copy)]
struct Cell {
    alive: bool,
}

#[derive(Debug)]
struct Board {
    rows: [[Cell; 3]; 3],
    generation: u32,
}

fn main() {
    let dead = Cell { alive: false };
    let b = Board { rows: [[dead; 3]; 3], generation: 0 };
    println!("{}", b.rows[0][0].alive);
    println!("{:#?}", b);
}
