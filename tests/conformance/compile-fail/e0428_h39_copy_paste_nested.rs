// A copy-pasted function inside a nested module, plus a const/static clash.
mod render {
    pub mod text {
        pub fn wrap(width: usize, len: usize) -> usize {
            (len + width - 1) / width
        }

        pub fn pad(len: usize) -> usize {
            len + 2
        }

        pub fn wrap(width: usize, len: usize) -> usize {
            len / width + 1
        }
    }

    pub const MARGIN: usize = 4;
    pub static MARGIN: usize = 8;
}

fn main() {
    let lines = render::text::wrap(20, 75);
    println!("{} {}", lines, render::text::pad(render::MARGIN));
}
