// Types of `loop` values inferred from `break` operands and annotations.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Found {
    At(usize),
    Nowhere,
}

fn search(hay: &[u16], needle: u16) -> Found {
    let mut i = 0;
    loop {
        if i == hay.len() {
            break Found::Nowhere;
        }
        if hay[i] == needle {
            break Found::At(i);
        }
        i += 1;
    }
}

fn main() {
    let mut n = 0;
    let small = loop {
        n += 1;
        if n == 3 {
            break 250;
        }
        if n > 10 {
            break 7u8;
        }
    };
    println!("small {} max {}", small, small.max(u8::MAX - 1));

    let ratio = 'calc: {
        if n == 0 {
            break 'calc 0.0;
        }
        1.0 / n as f32
    };
    println!("ratio {ratio:.4} bits {}", ratio.to_bits());

    let pair = loop {
        break (n, n as i64 * -1);
    };
    println!("pair {:?}", pair);

    let unit = loop {
        break;
    };
    println!("unit {:?}", unit);

    let hay = [4u16, 8, 15, 16, 23, 42];
    println!("{:?} {:?}", search(&hay, 16), search(&hay, 5));

    let mut k = 1u64;
    let big = 'outer: loop {
        loop {
            k *= 3;
            if k > 1_000_000 {
                break 'outer k;
            }
            if k % 2 == 1 {
                break;
            }
        }
    };
    println!("big {big}");
}
