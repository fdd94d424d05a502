// A tile map editor borrowing mutably through immutable paths.
#[derive(Debug, Clone, Copy)]
struct Tile {
    kind: u8,
    lit: bool,
}

struct Map {
    tiles: [Tile; 4],
    width: usize,
}

impl Map {
    fn tile_mut(&mut self, i: usize) -> &mut Tile {
        &mut self.tiles[i]
    }

    fn light_all(&self) {
        for t in self.tiles.iter_mut() {
            t.lit = true;
        }
    }

    fn first(&self) -> &mut Tile {
        &mut self.tiles[0]
    }
}

fn paint(map: &Map, kind: u8) {
    let t = map.tile_mut(0);
    t.kind = kind;
}

fn toggle(t: &Tile) {
    let r = &mut t.lit;
    *r = !*r;
}

fn main() {
    let map = Map { tiles: [Tile { kind: 0, lit: false }; 4], width: 2 };
    paint(&map, 3);
    let slice = &map.tiles[..];
    let first = &mut slice[0];
    first.kind = 9;
    map.light_all();
    toggle(&map.tiles[1]);
    let t = map.first();
    let local = Tile { kind: 1, lit: false };
    let m = &mut local;
    m.lit = true;
    println!("{} {} {}", map.width, t.kind, local.kind);
}
