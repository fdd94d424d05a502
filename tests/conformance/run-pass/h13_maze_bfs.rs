// Breadth-first search through a text maze with a fixed-size queue and parent links.
const MAZE: [&[u8; W]; 7] = [
    b"#########",
    b"#S..#...#",
    b"#.#.#.#.#",
    b"#.#...#.#",
    b"#.#####.#",
    b"#......E#",
    b"#########",
];
const H: usize = MAZE.len();
const W: usize = 9;
const UNSEEN: u16 = u16::MAX;

#[derive(Clone, Copy, PartialEq, Debug)]
struct Pos(usize, usize);

struct Queue {
    items: [Pos; H * W],
    head: usize,
    tail: usize,
}

impl Queue {
    fn push(&mut self, p: Pos) {
        self.items[self.tail] = p;
        self.tail += 1;
    }
    fn pop(&mut self) -> Pos {
        self.head += 1;
        self.items[self.head - 1]
    }
    fn is_empty(&self) -> bool {
        self.head == self.tail
    }
}

fn find(ch: u8) -> Pos {
    for (r, line) in MAZE.iter().enumerate() {
        for (c, &b) in line.iter().enumerate() {
            if b == ch {
                return Pos(r, c);
            }
        }
    }
    panic!("no {} in maze", ch as char);
}

fn bfs(start: Pos, goal: Pos, dist: &mut [[u16; W]; H], parent: &mut [[Pos; W]; H]) -> u16 {
    let mut q = Queue { items: [Pos(0, 0); H * W], head: 0, tail: 0 };
    dist[start.0][start.1] = 0;
    q.push(start);
    while !q.is_empty() {
        let Pos(r, c) = q.pop();
        if Pos(r, c) == goal {
            return dist[r][c];
        }
        let steps: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        for (dr, dc) in steps {
            let (nr, nc) = ((r as isize + dr) as usize, (c as isize + dc) as usize);
            if MAZE[nr][nc] == b'#' || dist[nr][nc] != UNSEEN {
                continue;
            }
            dist[nr][nc] = dist[r][c] + 1;
            parent[nr][nc] = Pos(r, c);
            q.push(Pos(nr, nc));
        }
    }
    UNSEEN
}

fn main() {
    let (start, goal) = (find(b'S'), find(b'E'));
    let mut dist = [[UNSEEN; W]; H];
    let mut parent = [[Pos(0, 0); W]; H];
    let len = bfs(start, goal, &mut dist, &mut parent);
    println!("from {:?} to {:?}: {} steps", start, goal, len);
    let mut grid = [[b' '; W]; H];
    for r in 0..H {
        grid[r] = *MAZE[r];
    }
    let mut at = goal;
    while at != start {
        let Pos(r, c) = at;
        if grid[r][c] == b'.' {
            grid[r][c] = b'*';
        }
        at = parent[r][c];
    }
    for row in grid.iter() {
        for &b in row {
            print!("{}", b as char);
        }
        println!();
    }
    for row in &dist {
        for &d in row.iter() {
            if d == UNSEEN { print!("  ."); } else { print!("{d:>3}"); }
        }
        println!();
    }
}
