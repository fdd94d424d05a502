// Unions: declaration, initialisation, field access in unsafe code, pattern matching.
#[repr(C)]
#[derive(Clone, Copy)]
pub union IntOrFloat {
    pub i: u32,
    pub f: f32,
}

#[repr(C)]
union Wide<T: Copy> {
    value: T,
    bytes: [u8; 8],
}

pub union Generic<'a, T>
where
    T: Copy,
{
    pub reference: &'a T,
    pub address: usize,
}

fn bits_of(x: f32) -> u32 {
    let u = IntOrFloat { f: x };
    unsafe { u.i }
}

fn describe(u: IntOrFloat) -> &'static str {
    unsafe {
        match u {
            IntOrFloat { i: 0 } => "zero bits",
            IntOrFloat { f } if f.is_nan() => "nan",
            _ => "something else",
        }
    }
}

fn main() {
    // `union` is a contextual keyword: it is still a fine identifier.
    let union = 5;
    let w: Wide<u64> = Wide { value: 1 };
    let first = unsafe { w.bytes[0] };
    println!("{:#x} {} {} {}", bits_of(1.0), describe(IntOrFloat { i: 0 }), first, union);
}
