// Bowling-like scoring where one match arm produces the wrong type.
#[derive(Debug, Clone, Copy)]
enum Frame {
    Strike,
    Spare(u8),
    Open(u8, u8),
}

fn frame_points(frame: Frame) -> u32 {
    match frame {
        Frame::Strike => 10,
        Frame::Spare(_) => 10,
        Frame::Open(a, b) => a + b,
    }
}

fn label(frame: Frame) -> &'static str {
    match frame {
        Frame::Strike => "X",
        Frame::Spare(first) => first,
        Frame::Open(_, _) => "-",
    }
}

fn main() {
    let frames = [Frame::Strike, Frame::Spare(7), Frame::Open(3, 4)];
    let mut total = 0;
    for f in frames {
        total += frame_points(f);
        print!("{} ", label(f));
    }
    println!("= {}", total);
}
