// Tile-map path finder: breadth-first search over a grid using a fixed
// array as a queue, then renders the path. Contains a few typing mistakes.

const W: usize = 12;
const H: usize = 8;
const QCAP: usize = W * H;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tile {
    Floor,
    Wall,
    Water,
    Door { locked: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos {
    x: usize,
    y: usize,
}

struct Map {
    tiles: [[Tile; W]; H],
}

struct Queue {
    items: [Pos; QCAP],
    head: usize,
    tail: usize,
}

impl Queue {
    fn new() -> Queue {
        Queue { items: [Pos { x: 0, y: 0 }; QCAP], head: 0, tail: 0 }
    }
    fn push(&mut self, p: Pos) {
        self.items[self.tail] = p;
        self.tail += 1;
    }
    fn is_empty(&self) -> bool {
        self.head == self.tail
    }
    fn pop(&mut self) -> Pos {
        let p = self.items[self.head];
        self.head += 1;
        p
    }
}

const LAYOUT: [&[u8; W]; H] = [
    b"############",
    b"#S...#.....#",
    b"#.##.#.~~~.#",
    b"#..#...~~~.#",
    b"##.#####D###",
    b"#..........#",
    b"#.######..E#",
    b"############",
];

impl Map {
    fn parse(start: &mut Pos, end: &mut Pos) -> Map {
        let mut tiles = [[Tile::Floor; W]; H];
        for (y, row) in LAYOUT.iter().enumerate() {
            for (x, &c) in row.iter().enumerate() {
                tiles[y][x] = match c {
                    b'#' => Tile::Wall,
                    b'~' => Tile::Water,
                    b'D' => Tile::Door { locked: false },
                    b'S' => {
                        *start = Pos { x, y };
                        Tile::Floor
                    }
                    b'E' => {
                        *end = Pos { x, y };
                        Tile::Floor
                    }
                    _ => Tile::Floor,
                };
            }
        }
        Map { tiles }
    }

    fn passable(&self, p: Pos, can_swim: bool) -> bool {
        match self.tiles[p.y][p.x] {
            Tile::Floor => true,
            Tile::Wall => false,
            Tile::Water => can_swim,
            Tile::Door { locked } => !locked,
        }
    }

    fn neighbours(&self, p: Pos, out: &mut [Pos; 4]) -> usize {
        let mut n = 0;
        let deltas: [(i32, i32); 4] = [(1, 0), (-1, 0), (0, 1), (0, -1)];
        for (dx, dy) in deltas {
            let nx = p.x as i32 + dx;
            let ny = p.y as i32 + dy;
            if nx < 0 || ny < 0 || nx >= W as i32 || ny >= H as i32 {
                continue;
            }
            out[n] = Pos { x: nx as usize, y: ny as usize };
            n += 1;
        }
        n
    }

    fn bfs(&self, start: Pos, goal: Pos, can_swim: bool, prev: &mut [[Pos; W]; H]) -> u32 {
        let mut dist = [[u32::MAX; W]; H];
        let mut q = Queue::new();
        dist[start.y][start.x] = 0;
        q.push(start);
        while !q.is_empty() {
            let cur = q.pop();
            if cur == goal {
                return dist[cur.y][cur.x];
            }
            let mut nb = [cur; 4];
            let count = self.neighbours(cur, &mut nb);
            for &n in &nb[..count] {
                if !self.passable(n, can_swim) || dist[n.y][n.x] != u32::MAX {
                    continue;
                }
                dist[n.y][n.x] = dist[cur.y][cur.x] + 1;
                prev[n.y][n.x] = cur;
                q.push(n);
            }
        }
        u32::MAX
    }
}

fn render(map: &Map, path: &[[bool; W]; H]) {
    for y in 0..H {
        for x in 0..W {
            let c = if path[y][x] {
                '*'
            } else {
                match map.tiles[y][x] {
                    Tile::Floor => ' ',
                    Tile::Wall => '#',
                    Tile::Water => '~',
                    Tile::Door { .. } => 'D',
                }
            };
            print!("{}", c);
        }
        println!();
    }
}

fn main() {
    let mut start = Pos { x: 0, y: 0 };
    let mut end = Pos { x: 0, y: 0 };
    let mut map = Map::parse(&mut start, &mut end);
    for swim in [false, true] {
        let mut prev = [[Pos { x: 0, y: 0 }; W]; H];
        let d = map.bfs(start, end, swim, &mut prev);
        println!("swim={} distance={}", swim, d);
        if d == u32::MAX {
            continue;
        }
        let mut path = [[false; W]; H];
        let mut cur = end;
        while cur != start {
            path[cur.y][cur.x] = true;
            cur = prev[cur.y][cur.x];
        }
        render(&map, &path);
    }
    map.tiles[4][8] = Tile::Door { locked: true };
    let mut prev = [[start; W]; H];
    let blocked = map.bfs(start, end, true, &mut prev);
    println!("with locked door: {}", blocked);
    let steps = blocked as i32 as char;
    let corner = start[0];
    println!("{} {}", steps, corner);
}
