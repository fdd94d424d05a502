use net::{Aspect, Segment, SEGMENTS};

pub fn set_aspects(segs: &mut [Segment; SEGMENTS]) {
    for i in (0..SEGMENTS).rev() {
        segs[i].aspect = if segs[i].occupied {
            Aspect::Red
        } else {
            match i + 1 {
                SEGMENTS => Aspect::Green,
                j => match segs[j].aspect {
                    Aspect::Red => Aspect::Yellow,
                    Aspect::Yellow => Aspect::DoubleYellow,
                    Aspect::DoubleYellow | Aspect::Green => Aspect::Green,
                },
            }
        };
    }
}
