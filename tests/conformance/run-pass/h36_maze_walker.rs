// Right-hand wall follower on a fixed maze; counts steps and visited cells.
const W: usize = 11;
const H: usize = 7;

const MAZE: [&[u8; W]; H] = [
    b"###########",
    b"#S..#.....#",
    b"#.#.#.###.#",
    b"#.#...#...#",
    b"#.#####.#.#",
    b"#.......#E#",
    b"###########",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    North,
    East,
    South,
    West,
}

impl Dir {
    fn right(self) -> Dir {
        match self {
            Dir::North => Dir::East,
            Dir::East => Dir::South,
            Dir::South => Dir::West,
            Dir::West => Dir::North,
        }
    }

    fn left(self) -> Dir {
        self.right().right().right()
    }

    fn delta(self) -> (isize, isize) {
        match self {
            Dir::North => (0, -1),
            Dir::East => (1, 0),
            Dir::South => (0, 1),
            Dir::West => (-1, 0),
        }
    }
}

#[derive(Clone, Copy)]
struct Pos {
    x: usize,
    y: usize,
}

fn cell(p: Pos) -> u8 {
    MAZE[p.y][p.x]
}

fn step(p: Pos, d: Dir) -> Pos {
    let (dx, dy) = d.delta();
    Pos { x: (p.x as isize + dx) as usize, y: (p.y as isize + dy) as usize }
}

fn open(p: Pos, d: Dir) -> bool {
    cell(step(p, d)) != b'#'
}

fn find(target: u8) -> Pos {
    for y in 0..H {
        for x in 0..W {
            if MAZE[y][x] == target {
                return Pos { x, y };
            }
        }
    }
    panic!("no {} in maze", target as char);
}

fn main() {
    let start = find(b'S');
    let mut pos = start;
    let mut facing = Dir::East;
    let mut visited = [[0u8; W]; H];
    let mut steps = 0u32;
    let mut turns = (0u32, 0u32);
    visited[pos.y][pos.x] = 1;
    'walk: loop {
        if cell(pos) == b'E' {
            break 'walk;
        }
        if steps > 500 {
            println!("gave up");
            break;
        }
        let mut d = facing.right();
        let mut tries = 0;
        while !open(pos, d) {
            d = d.left();
            tries += 1;
            if tries == 4 {
                break 'walk;
            }
        }
        if d == facing.right() {
            turns.0 += 1;
        } else if d != facing {
            turns.1 += 1;
        }
        facing = d;
        pos = step(pos, facing);
        visited[pos.y][pos.x] = visited[pos.y][pos.x].saturating_add(1);
        steps += 1;
    }
    let mut distinct = 0;
    let mut revisits = 0;
    for (y, row) in visited.iter().enumerate() {
        let mut line = [b' '; W];
        for x in 0..W {
            line[x] = match (MAZE[y][x], row[x]) {
                (b'#', _) => b'#',
                (_, 0) => b' ',
                (_, 1) => b'.',
                (_, 2..=9) => b'0' + row[x],
                _ => b'+',
            };
            if row[x] > 0 {
                distinct += 1;
                revisits += (row[x] - 1) as u32;
            }
        }
        for b in line {
            print!("{}", b as char);
        }
        println!();
    }
    println!("from ({},{}) reached ({},{}) facing {:?}", start.x, start.y, pos.x, pos.y, facing);
    println!("steps={} distinct={} revisits={} right-turns={} other-turns={}", steps, distinct, revisits, turns.0, turns.1);
}
