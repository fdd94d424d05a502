fn main() {
    let names = vec!["ann", "bob"];
    let lens: Vec<usize> = names.iter().map(n| n.len()).collect();
    println!("{:?}", lens);
}
