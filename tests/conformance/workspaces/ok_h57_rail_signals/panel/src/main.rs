use interlock_h57::set_aspects;
use net::track::total_len;
use net::{Aspect, Segment, LINE_NAMES, SEGMENTS};

fn lamp(a: Aspect) -> char {
    match a {
        Aspect::Red => 'R',
        Aspect::Yellow => 'Y',
        Aspect::DoubleYellow => 'D',
        Aspect::Green => 'G',
    }
}

fn main() {
    let empty = Segment { id: 0, occupied: false, aspect: Aspect::Red };
    let mut segs = [empty; SEGMENTS];
    for i in 0..SEGMENTS {
        segs[i] = Segment { id: i as u8, ..empty };
    }
    segs[3].occupied = true;
    set_aspects(&mut segs);
    print!("{}: ", LINE_NAMES[1]);
    for s in &segs {
        print!("{}", lamp(s.aspect));
    }
    println!();
    let worst = if segs[0].aspect < segs[1].aspect { segs[0].aspect } else { segs[1].aspect };
    println!("worst of first two: {:?}, length {} m", worst, total_len(&[0, 1, 2, 3]));
}
