#[derive(Debug, Clone, Copy)]
enum Tile {
    Floor(u8),
    Wall,
}

fn total_cost(tiles: &[Tile]) -> u32 {
    let mut sum = 0;
    for &mut t in tiles.iter() {
        if let Tile::Floor(c) = t {
            sum += c as u32;
        }
    }
    sum
}

fn reset(tiles: &mut [Tile; 3]) {
    for i in 0..tiles.len() {
        tiles[i] = Tile::Floor(1);
    }
}

fn first_cost(tiles: &[Tile; 3]) -> u8 {
    match &tiles[0] {
        &mut Tile::Floor(c) => c,
        &Tile::Wall => 0,
    }
}

fn peek(t: &mut Tile) -> u8 {
    let &v = t;
    match v {
        Tile::Floor(c) => c,
        Tile::Wall => 255,
    }
}

fn main() {
    let mut grid = [Tile::Wall, Tile::Floor(3), Tile::Floor(5)];
    println!("{}", total_cost(&grid));
    reset(&mut grid);
    println!("{} {}", first_cost(&grid), peek(&mut grid[1]));
}
