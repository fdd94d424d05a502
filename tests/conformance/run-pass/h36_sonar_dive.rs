// Advent-of-Code style: sonar depth increases and submarine commands from a byte blob.
const DEPTHS: [u32; 12] = [199, 200, 208, 210, 200, 207, 240, 269, 260, 263, 255, 270];

const COMMANDS: &[u8] = b"forward 5
down 5
forward 8
up 3
down 8
forward 2
up 12
forward 10
";

#[derive(Debug, Clone, Copy)]
enum Cmd {
    Forward(i64),
    Down(i64),
    Up(i64),
}

#[derive(Default, Debug)]
struct Sub {
    x: i64,
    depth: i64,
    aim: i64,
}

fn increases(window: usize) -> u32 {
    let mut count = 0;
    let mut i = window;
    while i < DEPTHS.len() {
        // comparing sums of overlapping windows only needs the two ends
        if DEPTHS[i] > DEPTHS[i - window] {
            count += 1;
        }
        i += 1;
    }
    count
}

fn parse_line(line: &[u8]) -> Cmd {
    let mut split = 0;
    while line[split] != b' ' {
        split += 1;
    }
    let mut n: i64 = 0;
    for &b in &line[split + 1..] {
        n = n * 10 + (b - b'0') as i64;
    }
    match &line[..split] {
        b"forward" => Cmd::Forward(n),
        b"down" => Cmd::Down(n),
        b"up" => Cmd::Up(n),
        other => panic!("bad command of {} bytes", other.len()),
    }
}

fn parse_all(out: &mut [Cmd; 16]) -> usize {
    let mut n = 0;
    let mut start = 0;
    for (i, &b) in COMMANDS.iter().enumerate() {
        if b == b'\n' {
            if i > start {
                out[n] = parse_line(&COMMANDS[start..i]);
                n += 1;
            }
            start = i + 1;
        }
    }
    n
}

impl Sub {
    fn simple(&mut self, c: Cmd) {
        match c {
            Cmd::Forward(v) => self.x += v,
            Cmd::Down(v) => self.depth += v,
            Cmd::Up(v) => self.depth -= v,
        }
    }

    fn aimed(&mut self, c: Cmd) {
        match c {
            Cmd::Forward(v) => {
                self.x += v;
                self.depth += self.aim * v;
            }
            Cmd::Down(v) => self.aim += v,
            Cmd::Up(v) => self.aim -= v,
        }
    }
}

fn main() {
    println!("part 1: {} increases", increases(1));
    println!("part 2: {} window increases", increases(3));
    let mut cmds = [Cmd::Up(0); 16];
    let n = parse_all(&mut cmds);
    let mut a = Sub::default();
    let mut b = Sub::default();
    for &c in &cmds[..n] {
        a.simple(c);
        b.aimed(c);
    }
    println!("{} commands; last {:?}", n, cmds[n - 1]);
    println!("simple: {:?} product {}", a, a.x * a.depth);
    println!("aimed:  {:?} product {}", b, b.x * b.depth);
    let deepest = if a.depth > b.depth { "simple" } else { "aimed" };
    println!("deeper plan: {}", deepest);
}
