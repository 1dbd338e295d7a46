// The benchmark driver arrives in a following commit.
print("clasp-bench: no benchmarks yet")
