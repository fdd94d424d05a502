// Tile map search: labelled loops return the first matching position.
const W: usize = 6;
const H: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tile {
    Floor,
    Wall,
    Door(u8),
}

fn find_door(map: &[[Tile; W]; H], wanted: u8) -> (usize, usize) {
    let pos = 'rows: loop {
        for y in 0..H {
            for x in 0..W {
                if let Tile::Door(id) = map[y][x] {
                    if id == wanted {
                        break 'rows (x, y);
                    }
                }
            }
        }
        break (W, H);
    };
    pos
}

fn count_walls(map: &[[Tile; W]; H]) -> u32 {
    let mut y = 0;
    let walls = 'scan: loop {
        let mut n = 0;
        while y < H {
            for t in map[y] {
                if t == Tile::Wall {
                    n += 1;
                }
                if n > 10 {
                    break 'scan n as u32;
                }
            }
            y += 1;
        }
        break 'scan n;
    };
    walls
}

fn first_floor(row: &[Tile; W]) -> usize {
    let mut i = 0;
    while i < W {
        if row[i] == Tile::Floor {
            break i;
        }
        i += 1;
    }
}

fn main() {
    let mut map = [[Tile::Floor; W]; H];
    map[0] = [Tile::Wall; W];
    map[2][3] = Tile::Door(7);
    println!("{:?}", find_door(&map, 7));
    println!("{}", count_walls(&map));
    println!("{}", first_floor(&map[1]));
}
