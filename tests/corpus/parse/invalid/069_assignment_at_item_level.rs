static mut COUNTER: u32 = 0;

COUNTER = 10;

fn main() {
    unsafe {
        COUNTER += 1;
    }
}
