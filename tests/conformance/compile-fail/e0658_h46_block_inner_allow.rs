// A computed block that tries to silence its own warnings with an inner attribute.
struct Sample {
    raw: [i32; 4],
}

fn smooth(s: &Sample) -> i32 {
    #![allow(unused_mut)]
    let mut sum = 0;
    for v in s.raw {
        sum += v;
    }
    let avg = {
        #![allow(unused_variables)]
        let count = s.raw.len();
        sum / 4
    };
    avg
}

fn main() {
    let s = Sample { raw: [4, 8, 15, 16] };
    println!("{}", smooth(&s));
}
