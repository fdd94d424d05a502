// Breadth-first search through a fixed maze with an array-backed queue.
const MAZE: [&[u8; 12]; 8] = [
    b"S..#........",
    b".#.#.######.",
    b".#...#....#.",
    b".####.###.#.",
    b"......#...#.",
    b"#.###.#.###.",
    b"..#...#....#",
    b"#...#...##.E",
];
const H: usize = 8;
const W: usize = 12;

fn main() {
    let mut dist = [[u32::MAX; W]; H];
    let mut queue = [(0usize, 0usize); H * W];
    let (mut head, mut tail) = (0, 0);
    let mut goal = (0, 0);
    for r in 0..H {
        for c in 0..W {
            match MAZE[r][c] {
                b'S' => {
                    dist[r][c] = 0;
                    queue[tail] = (r, c);
                    tail += 1;
                }
                b'E' => goal = (r, c),
                _ => {}
            }
        }
    }
    let steps: [(isize, isize); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
    while head < tail {
        let (r, c) = queue[head];
        head += 1;
        for (dr, dc) in steps {
            let nr = r as isize + dr;
            let nc = c as isize + dc;
            if nr < 0 || nc < 0 || nr >= H as isize || nc >= W as isize {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            if MAZE[nr][nc] != b'#' && dist[nr][nc] == u32::MAX {
                dist[nr][nc] = dist[r][c] + 1;
                queue[tail] = (nr, nc);
                tail += 1;
            }
        }
    }
    println!("visited {} cells", tail);
    println!("shortest path to E at {:?}: {} steps", goal, dist[goal.0][goal.1]);
    for r in 0..H {
        for c in 0..W {
            let d = dist[r][c];
            if MAZE[r][c] == b'#' {
                print!(" ##");
            } else if d == u32::MAX {
                print!("  ?");
            } else {
                print!("{:>3}", d);
            }
        }
        println!();
    }
}
