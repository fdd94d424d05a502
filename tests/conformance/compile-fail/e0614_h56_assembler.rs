// Two-pass assembler for a toy accumulator machine. Source is a byte
// string; labels are resolved in pass one, code emitted in pass two.

const MAX_LABELS: usize = 8;
const MAX_CODE: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Load = 0x10,
    Add = 0x20,
    Sub = 0x21,
    Jump = 0x30,
    JumpZero = 0x31,
    Out = 0x40,
    Halt = 0xff,
}

#[derive(Debug, Clone, Copy)]
struct Label {
    name: [u8; 8],
    len: usize,
    addr: u8,
}

struct Assembler {
    labels: [Label; MAX_LABELS],
    n_labels: usize,
    code: [u8; MAX_CODE],
    pc: usize,
    errors: u32,
}

fn mnemonic(word: &[u8]) -> (bool, Op) {
    match word {
        b"load" => (true, Op::Load),
        b"add" => (true, Op::Add),
        b"sub" => (true, Op::Sub),
        b"jmp" => (true, Op::Jump),
        b"jz" => (true, Op::JumpZero),
        b"out" => (true, Op::Out),
        b"halt" => (true, Op::Halt),
        _ => (false, Op::Halt),
    }
}

fn has_operand(op: Op) -> bool {
    match op {
        Op::Out | Op::Halt => false,
        _ => true,
    }
}

fn parse_int(word: &[u8]) -> i32 {
    let mut v = 0i32;
    for &b in word {
        if !b.is_ascii_digit() {
            return -1;
        }
        v = v * 10 + (b - b'0') as i32;
    }
    v
}

// splits a line into at most 3 words; returns the count
fn split_words<'a>(line: &'a [u8], out: &mut [&'a [u8]; 3]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < line.len() && n < 3 {
        while i < line.len() && line[i] == b' ' {
            i += 1;
        }
        let start = i;
        while i < line.len() && line[i] != b' ' {
            i += 1;
        }
        if start < i {
            out[n] = &line[start..i];
            n += 1;
        }
    }
    n
}

impl Assembler {
    fn new() -> Assembler {
        let empty = Label { name: [0; 8], len: 0, addr: 0 };
        Assembler { labels: [empty; MAX_LABELS], n_labels: 0, code: [0; MAX_CODE], pc: 0, errors: 0 }
    }

    fn define(&mut self, name: &[u8], addr: u8) {
        let mut l = Label { name: [0; 8], len: name.len(), addr };
        for (i, &b) in name.iter().enumerate() {
            l.name[i] = b;
        }
        self.labels[self.n_labels] = l;
        self.n_labels += 1;
    }

    fn resolve(&self, name: &[u8]) -> i32 {
        for l in &self.labels[..self.n_labels] {
            if &l.name[..l.len] == name {
                return l.addr as i32;
            }
        }
        -1
    }

    fn pass(&mut self, src: &[u8], emit: bool) {
        self.pc = 0;
        let mut line_start = 0;
        for i in 0..=src.len() {
            if i < src.len() && src[i] != b'\n' {
                continue;
            }
            let line = &src[line_start..i];
            line_start = i + 1;
            let mut words: [&[u8]; 3] = [&[]; 3];
            let n = split_words(line, &mut words);
            if n == 0 {
                continue;
            }
            let mut w = 0;
            if let [.., b':'] = words[0] {
                if !emit {
                    let name = words[0];
                    self.define(&name[..name.len() - 1], self.pc as u8);
                }
                w = 1;
            }
            if w == n {
                continue;
            }
            let (ok, op) = mnemonic(words[w]);
            if !ok {
                self.errors += 1;
                continue;
            }
            let size = if has_operand(op) { 2 } else { 1 };
            if emit {
                self.code[self.pc] = op as u8;
                if size == 2 {
                    let arg = words[w + 1];
                    let mut v = parse_int(arg);
                    if v < 0 {
                        v = self.resolve(arg);
                    }
                    if v < 0 {
                        self.errors += 1;
                        v = 0;
                    }
                    self.code[self.pc + 1] = v as u8;
                }
            }
            self.pc += size;
        }
    }
}

fn run(code: &[u8]) -> u32 {
    let mut acc: i32 = 0;
    let mut pc = 0;
    let mut steps = 0;
    loop {
        steps += 1;
        if steps > 500 {
            break;
        }
        let op = code[pc];
        let arg = *code[pc + 1] as i32;
        match op {
            0x10 => { acc = arg; pc += 2; }
            0x20 => { acc += arg; pc += 2; }
            0x21 => { acc -= arg; pc += 2; }
            0x30 => pc = arg as usize,
            0x31 => if acc == 0 { pc = arg as usize } else { pc += 2 },
            0x40 => { println!("out {}", acc); pc += 1; }
            _ => break,
        }
    }
    steps
}

fn main() {
    let src = b"start: load 3\nloop: out\n sub 1\n jz done\n jmp loop\ndone: halt\n";
    let mut asm = Assembler::new();
    asm.pass(src, false);
    asm.pass(src, true);
    println!("{} bytes, {} labels, {} errors", asm.pc, asm.n_labels, asm.errors);
    for b in &asm.code[..asm.pc] {
        print!("{:02x} ", b);
    }
    println!();
    let steps = run(&asm.code);
    println!("ran {} steps", steps);
    asm.labels.len() = 0;
}
