// A grid renderer trying to size arrays with runtime values.
const WIDTH: usize = 8;

struct Grid {
    cells: [u8; WIDTH * 2],
}

fn render(height: usize) -> usize {
    let rows = height;
    let buffer = [0u8; rows];
    const LIMIT: usize = rows * 2;
    buffer.len() + LIMIT
}

fn fill(g: &mut Grid, value: u8) {
    for c in g.cells.iter_mut() {
        *c = value;
    }
}

fn main() {
    let mut g = Grid { cells: [0; WIDTH * 2] };
    fill(&mut g, 3);
    let n = 4;
    static COUNT: usize = n;
    println!("{} {} {}", render(3), g.cells[0], COUNT);
}
