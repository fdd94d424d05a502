// edition:2024
// Edition 2024 specifics: `gen` is reserved (so it needs r#), `unsafe` attributes, `unsafe extern`,
// `expr_2021` fragments, `impl Trait` captures and `use<>`.
#[unsafe(no_mangle)]
pub extern "C" fn exported_gen(r#gen: u32) -> u32 {
    r#gen.wrapping_mul(3)
}

unsafe extern "C" {
    pub safe fn labs(x: std::ffi::c_long) -> std::ffi::c_long;
}

struct Generator {
    r#gen: u32,
}

impl Generator {
    fn r#gen(&mut self) -> u32 {
        self.r#gen += 1;
        self.r#gen
    }

    fn values(&self) -> impl Iterator<Item = u32> + use<> {
        let start = self.r#gen;
        start..start + 3
    }
}

macro_rules! either {
    ($e:expr_2021) => {
        $e
    };
    (const $b:block) => {
        const { $b }
    };
}

fn main() {
    let mut g = Generator { r#gen: 0 };
    g.r#gen();
    let vals: Vec<u32> = g.values().collect();
    let e = either!(1 + 2);
    let c = either!(const { 4 });
    println!("{vals:?} {e} {c} {} {}", exported_gen(2), labs(-5));
}
