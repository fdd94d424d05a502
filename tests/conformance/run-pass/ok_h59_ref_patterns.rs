#[derive(Debug, Clone, Copy, PartialEq)]
enum Tile {
    Grass,
    Water { depth: u8 },
    Rock,
}

fn walkable(t: &Tile) -> bool {
    match *t {
        Tile::Grass => true,
        Tile::Water { depth } => depth < 2,
        Tile::Rock => false,
    }
}

fn bump(tiles: &mut [Tile]) {
    for t in tiles.iter_mut() {
        match t {
            Tile::Water { ref mut depth } => *depth += 1,
            Tile::Grass | Tile::Rock => {}
        }
    }
}

fn main() {
    let mut map = [Tile::Grass, Tile::Water { depth: 1 }, Tile::Rock];
    bump(&mut map);
    let mut count = 0;
    for t in &map {
        if walkable(t) {
            count += 1;
        }
    }
    match &map[1] {
        &Tile::Water { depth: d } => println!("depth {}", d),
        _ => println!("dry"),
    }
    println!("{}", count);
}
