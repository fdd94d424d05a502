// lints: renamed_and_removed_lints dead_code
// An older codebase with lint names that were renamed or removed since.
#![allow(private_in_public)]

#[allow(unused_tuple_struct_fields)]
struct Rgb(u8, u8, u8);

#[allow(unused_doc_comment)]
mod palette {
    pub fn grey(level: u8) -> (u8, u8, u8) {
        (level, level, level)
    }
}

struct Pixel(u32, u32);

fn main() {
    let c = Rgb(10, 20, 30);
    let p = Pixel(1, 2);
    let _ = (c, p.0);
    println!("{:?}", palette::grey(128));
}
