// Shipping rate tables; nested structs built with and without `..base`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Dimensions {
    w: u16,
    h: u16,
    d: u16,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Parcel {
    dims: Dimensions,
    grams: u32,
    fragile: bool,
}

const SMALL: Parcel = Parcel { dims: Dimensions { w: 10, h: 10, d: 5 }, grams: 250, fragile: false };

fn volume(d: Dimensions) -> u32 {
    d.w as u32 * d.h as u32 * d.d as u32
}

fn rate(p: &Parcel) -> u32 {
    let base = if volume(p.dims) > 2000 { 700 } else { 450 };
    let weight = p.grams / 100 * 12;
    if p.fragile { base + weight + 300 } else { base + weight }
}

fn main() {
    let tall = Parcel { dims: Dimensions { h: 40, ..SMALL.dims }, ..SMALL };
    let heavy = Parcel { grams: 5_000, fragile: true, ..tall };
    let flat = Parcel { dims: Dimensions { w: 30, h: 2 }, grams: 90 };
    for p in [SMALL, tall, heavy, flat] {
        println!("{:?} -> {}", p.dims, rate(&p));
    }
    let copy = Parcel { dims: heavy.dims, fragile: heavy.fragile, ..heavy, };
    println!("{}", copy == heavy);
}
