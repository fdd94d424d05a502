// lints: non_camel_case_types non_snake_case non_upper_case_globals
// The nonstandard_style group, allowed in one module and denied in none.
#[allow(nonstandard_style)]
mod ffi_like {
    pub struct c_point {
        pub X: i32,
        pub Y: i32,
    }
    pub const default_x: i32 = 4;
    pub fn MakePoint() -> c_point {
        c_point { X: default_x, Y: 0 }
    }
}

mod app {
    pub struct screen_pos {
        pub row: i32,
    }
    pub static origin_row: i32 = 0;
    pub fn ToScreen(x: i32) -> screen_pos {
        screen_pos { row: x + origin_row }
    }
}

fn main() {
    let p = ffi_like::MakePoint();
    let s = app::ToScreen(p.X + p.Y);
    println!("{}", s.row);
}
