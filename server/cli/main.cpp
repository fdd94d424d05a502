#include <cstdio>

int main() { std::puts("sluice: being written"); return 0; }
