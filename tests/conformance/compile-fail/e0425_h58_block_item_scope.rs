fn main() {
    {
        fn inner_area(w: u32, h: u32) -> u32 {
            w * h
        }
        println!("{}", inner_area(2, 3));
    }
    let total = inner_area(4, 5);
    println!("{}", total);
}
