// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta tab_line.rs
fn main() {
	let _x: i32 = 	"tab";
}
// rustc --edition=2021 --error-format=json --emit=metadata -o /tmp/render-golden.rmeta tab_line.rs
