// Maze levels stored as a table of byte-string rows; BFS finds the shortest path length.
const LEVELS: &[&[&[u8]]] = &[
    &[
        b"#########",
        b"#S..#...#",
        b"#.#.#.#.#",
        b"#.#...#E#",
        b"#########",
    ],
    &[
        b"#######",
        b"#S#...#",
        b"#.#.#.#",
        b"#...#E#",
        b"#######",
    ],
    &[
        b"#####",
        b"#S#E#",
        b"#####",
    ],
];

const MAX_CELLS: usize = 128;

fn find(level: &[&[u8]], target: u8) -> (usize, usize) {
    for (r, row) in level.iter().enumerate() {
        for (c, &cell) in row.iter().enumerate() {
            if cell == target {
                return (r, c);
            }
        }
    }
    panic!("no {:?} in level", target as char);
}

fn shortest(level: &[&[u8]]) -> i32 {
    let width = level[0].len();
    let start = find(level, b'S');
    let goal = find(level, b'E');
    let mut dist = [-1i32; MAX_CELLS];
    let mut queue = [(0usize, 0usize); MAX_CELLS];
    let (mut head, mut tail) = (0, 0);
    dist[start.0 * width + start.1] = 0;
    queue[tail] = start;
    tail += 1;
    while head < tail {
        let (r, c) = queue[head];
        head += 1;
        if (r, c) == goal {
            return dist[r * width + c];
        }
        let steps: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        for (dr, dc) in steps {
            let nr = (r as isize + dr) as usize;
            let nc = (c as isize + dc) as usize;
            if level[nr][nc] == b'#' || dist[nr * width + nc] >= 0 {
                continue;
            }
            dist[nr * width + nc] = dist[r * width + c] + 1;
            queue[tail] = (nr, nc);
            tail += 1;
        }
    }
    -1
}

fn main() {
    for (i, level) in LEVELS.iter().enumerate() {
        let cells = level.len() * level[0].len();
        assert!(cells <= MAX_CELLS);
        match shortest(level) {
            -1 => println!("level {}: unreachable ({} cells)", i, cells),
            d => println!("level {}: {} steps ({} cells)", i, d, cells),
        }
    }
}
