fn read_first(ptr: *const u32) -> u32 {
    if ptr.is_null() {
        return 0;
    }
    unsafe *ptr
}

fn main() {
    let x = 5u32;
    println!("{}", read_first(&x));
}
