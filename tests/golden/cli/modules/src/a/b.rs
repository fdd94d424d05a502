pub fn hello() {
    let broken = 1 +;
}
