// A protocol decoder that uses consts and unit structs in patterns.
const START: u8 = 0x02;
const END: u8 = 0x03;
const LIMIT: u32 = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    Begin,
    Body(u8),
    Finish,
}

fn decode(b: u8) -> Frame {
    match b {
        START => Frame::Begin,
        END => Frame::Finish,
        other => Frame::Body(other),
    }
}

fn frame_code(f: Frame) -> u8 {
    match f {
        Frame::Begin => START,
        Frame::Body(START) => 0,
        Frame::Body(END..=0x1A) => 1,
        Frame::Finish => END,
    }
}

fn unit_let(m: Marker) -> u8 {
    let Marker = m;
    1
}

fn limit_let(n: u32) -> u32 {
    let LIMIT = n;
    LIMIT
}

fn main() {
    println!("{:?} {} {}", decode(5), frame_code(Frame::Body(2)), unit_let(Marker));
    println!("{}", limit_let(3));
}
