// lints: unconditional_panic arithmetic_overflow
// regen: build
// Memory layout checks driven by constants and immutable locals.
const ALIGN: usize = 8;
const FIELDS: usize = 3;
const PACKED: bool = false;
const STRICT: bool = true;

struct Layout {
    offsets: [usize; FIELDS],
}

fn padding(layout: &Layout) -> usize {
    if ALIGN % 2 == 0 {
        layout.offsets[0] % ALIGN
    } else {
        layout.offsets[FIELDS]
    }
}

fn packed_size(layout: &Layout) -> usize {
    let fields = FIELDS;
    if fields > 2 && !PACKED {
        return layout.offsets[fields - 1];
    }
    layout.offsets[fields]
}

fn strict_check(layout: &Layout) -> usize {
    if !(STRICT || PACKED) {
        return layout.offsets[FIELDS + 1];
    }
    if STRICT && ALIGN > 4 {
        layout.offsets[1] / (ALIGN - 8)
    } else {
        0
    }
}

fn trailing(layout: &Layout) -> usize {
    let limit = FIELDS + 1;
    if limit < FIELDS {
        return layout.offsets[limit];
    }
    let gap = limit - FIELDS - 1;
    layout.offsets[2] / gap
}

fn alignment_bits() -> u8 {
    let bits = 250u8;
    if ALIGN == 8 { bits + 8 } else { bits }
}

fn main() {
    let layout = Layout { offsets: [0, 8, 16] };
    println!("{}", padding(&layout));
    println!("{}", packed_size(&layout));
    println!("{}", strict_check(&layout));
    println!("{}", trailing(&layout));
    println!("{}", alignment_bits());
}
